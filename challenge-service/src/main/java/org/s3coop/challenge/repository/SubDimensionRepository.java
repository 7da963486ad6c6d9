package org.s3coop.challenge.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.SubDimension;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class SubDimensionRepository implements PanacheRepositoryBase<SubDimension, String> {

    public Uni<List<SubDimension>> all() {
        return listAll(Sort.by("clusterCode").and("position"));
    }

    public Uni<List<SubDimension>> ofCluster(String cluster) {
        return list("clusterCode", Sort.by("position"), cluster);
    }
}
