package org.s3coop.platform.stream;

/** Where a record was read: its topic (index in {@code s3coop.stream.topics}), partition and offset. */
record StreamPosition(int topic, int partition, long offset) {
}
