package org.s3coop.challenge.domain;

/** Who represents a member region in the working group: an organisation, optionally a person and their role. */
public record Representative(String organisation, String name, String role) {
}
