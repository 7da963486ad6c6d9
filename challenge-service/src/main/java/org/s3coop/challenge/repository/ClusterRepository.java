package org.s3coop.challenge.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.ChallengeCluster;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ClusterRepository implements PanacheRepositoryBase<ChallengeCluster, String> {

    public Uni<List<ChallengeCluster>> catalogue() {
        return listAll(Sort.by("position"));
    }

    public Uni<List<String>> codesInOrder() {
        return catalogue().map(list -> list.stream().map(c -> c.code).toList());
    }
}
