package org.s3coop.partnership.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.KnownRegion;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class KnownRegionRepository implements PanacheRepositoryBase<KnownRegion, String> {

    /** The known regions among {@code codes}, by code; unknown codes are absent. */
    public Uni<Map<String, KnownRegion>> byCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("code in ?1", List.copyOf(codes))
                .map(found -> found.stream().collect(Collectors.toMap(r -> r.code, Function.identity())));
    }
}
