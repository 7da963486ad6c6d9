package org.s3coop.challenge.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.KnownPartnership;
import org.s3coop.platform.readmodel.VersionedUpsert;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class KnownPartnershipRepository implements PanacheRepositoryBase<KnownPartnership, String> {
    private static final String UPSERT = VersionedUpsert.sql("known_partnership", "id",
            List.of("title", "stage", "status", "member_regions"));
    /** Without members: a new row gets the column's default (none, {@code ||}), a known one keeps its members. */
    private static final String UPSERT_KEEPING_MEMBERS = VersionedUpsert.sql("known_partnership", "id",
            List.of("title", "stage", "status"));

    /**
     * Keeps the partnership if this version is newer than the stored one. {@code memberRegions} ({@code |ES51|DE21|})
     * null keeps the stored members. Returns whether it changed anything.
     */
    public Uni<Boolean> upsertIfNewer(String id, String title, String stage, String status, String memberRegions,
            long version) {
        return Panache.getSession().chain(s -> {
            var upsert = s.createNativeQuery(memberRegions == null ? UPSERT_KEEPING_MEMBERS : UPSERT)
                    .setParameter("id", id)
                    .setParameter("title", title)
                    .setParameter("stage", stage)
                    .setParameter("status", status)
                    .setParameter("version", version);
            if (memberRegions != null) {
                upsert.setParameter("member_regions", memberRegions);
            }
            return upsert.executeUpdate();
        }).map(rows -> rows > 0);
    }
}
