package org.s3coop.partnership.service;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.Partnership;

import io.smallrye.mutiny.Uni;

/** The portfolio's aggregates, kept up to date in the transaction of each change. */
@ApplicationScoped
public class PortfolioFigures {
    /** Runs {@code change} on {@code p} (locked) and moves the partnership's figures from before to after. */
    <T> Uni<T> around(Partnership p, Supplier<Uni<T>> change) {
        return change.get();
    }
}
