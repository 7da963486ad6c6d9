package org.s3coop.challenge.service;

import java.util.List;

import org.s3coop.challenge.domain.Scope;

/** A scope checked against the read models, with the regions it concerns (for authorisation). */
public record ResolvedScope(Scope scope, List<String> regions) {
}
