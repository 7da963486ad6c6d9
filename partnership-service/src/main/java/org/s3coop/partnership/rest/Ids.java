package org.s3coop.partnership.rest;

/** Path parameter rules shared by the resources. */
final class Ids {
    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String UUID_RULE = "must be a UUID";

    private Ids() {
    }
}
