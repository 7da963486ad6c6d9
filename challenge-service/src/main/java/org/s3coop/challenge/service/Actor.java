package org.s3coop.challenge.service;

import java.util.Set;

import org.s3coop.platform.security.Caller;

/**
 * Who asks for a change, read from the token while the request is on its thread, so services can decide on data
 * they load later: admin, or editor of the NUTS codes in {@code regions}.
 */
public record Actor(String name, boolean admin, Set<String> regions) {

    public static Actor of(Caller caller) {
        return new Actor(caller.name(), caller.isAdmin(), Set.copyOf(caller.regions()));
    }

    public boolean holdsAnyOf(java.util.Collection<String> codes) {
        return codes.stream().anyMatch(regions::contains);
    }
}
