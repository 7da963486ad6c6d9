package org.s3coop.challenge.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.AdoptionChange;
import org.s3coop.challenge.domain.PracticeAdoption;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class PracticeAdoptionRepository implements PanacheRepositoryBase<PracticeAdoption, PracticeAdoption.Key> {

    public Uni<List<PracticeAdoption>> of(UUID practiceId) {
        return list("practiceId", Sort.by("regionCode"), practiceId);
    }

    public Uni<List<PracticeAdoption>> ofAll(Collection<UUID> practiceIds) {
        if (practiceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("practiceId in ?1", Sort.by("practiceId").and("regionCode"), practiceIds);
    }

    /** A region's adoptions, latest change first. */
    public Uni<List<PracticeAdoption>> ofRegion(String regionCode) {
        return list("regionCode", Sort.by("updatedAt", Sort.Direction.Descending), regionCode);
    }

    /** The history of one adoption, oldest first. */
    public Uni<List<AdoptionChange>> history(UUID practiceId, String regionCode) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "from AdoptionChange c where c.practiceId = :practice and c.regionCode = :region order by c.version",
                AdoptionChange.class).setParameter("practice", practiceId).setParameter("region", regionCode)
                .getResultList());
    }

    public Uni<AdoptionChange> record(AdoptionChange change) {
        return Panache.getSession().chain(s -> s.persist(change)).replaceWith(change);
    }
}
