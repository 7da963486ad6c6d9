package org.s3coop.challenge.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.ChallengeCluster;
import org.s3coop.challenge.domain.SubDimension;
import org.s3coop.challenge.repository.ClusterRepository;
import org.s3coop.challenge.repository.SubDimensionRepository;
import org.s3coop.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The catalogue of challenge clusters and sub-dimensions, as the migrations put it in the database. */
@ApplicationScoped
public class ClusterCatalogue {
    @Inject
    ClusterRepository clusters;
    @Inject
    SubDimensionRepository subDimensions;

    /** A cluster with its sub-dimensions, in catalogue order. */
    public record Entry(ChallengeCluster cluster, List<SubDimension> subDimensions) {
        static Entry of(ChallengeCluster cluster, List<SubDimension> all) {
            return new Entry(cluster, all.stream().filter(s -> s.clusterCode.equals(cluster.code)).toList());
        }
    }

    @WithSession
    public Uni<List<Entry>> all() {
        return clusters.catalogue().chain(cs -> subDimensions.all()
                .map(subs -> cs.stream().map(c -> Entry.of(c, subs)).toList()));
    }

    @WithSession
    public Uni<Entry> one(String code) {
        return clusters.findById(code).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No challenge cluster " + code))
                .chain(c -> subDimensions.ofCluster(code).map(subs -> Entry.of(c, subs)));
    }

    /** Fails with 400 naming the field unless the cluster exists and the sub-dimension (if any) belongs to it. */
    public Uni<Void> requireClassification(String cluster, String subDimension) {
        return clusters.findById(cluster).chain(c -> {
            if (c == null) {
                return clusters.codesInOrder().<Void>map(codes -> {
                    throw ProblemException.invalid("cluster", cluster + " is not a challenge cluster; the clusters are "
                            + codes);
                });
            }
            if (subDimension == null) {
                return Uni.createFrom().voidItem();
            }
            return subDimensions.ofCluster(cluster).<Void>map(subs -> {
                List<String> codes = subs.stream().map(s -> s.code).toList();
                if (!codes.contains(subDimension)) {
                    throw ProblemException.invalid("subDimension", subDimension + " is not a sub-dimension of "
                            + cluster + "; its sub-dimensions are " + codes);
                }
                return null;
            });
        });
    }
}
