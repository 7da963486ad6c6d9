package org.s3coop.challenge.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.KnownPartnership;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class KnownPartnershipRepository implements PanacheRepositoryBase<KnownPartnership, String> {
    private static final String UPSERT = "insert into known_partnership "
            + "(id, title, stage, status, member_regions, version, updated_at) "
            + "values (:id, :title, :stage, :status, coalesce(nullif(:members, ''), '||'), :version, now()) "
            + "on conflict (id) do update set title = excluded.title, stage = excluded.stage, status = excluded.status, "
            + "member_regions = coalesce(nullif(:members, ''), known_partnership.member_regions), "
            + "version = excluded.version, updated_at = now() "
            + "where known_partnership.version < excluded.version";

    /**
     * Keeps the partnership if this version is newer than the stored one. {@code members} ({@code |ES51|DE21|}) empty
     * keeps the stored members. Returns whether it changed anything.
     */
    public Uni<Boolean> upsertIfNewer(String id, String title, String stage, String status, String members,
            long version) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT)
                .setParameter("id", id)
                .setParameter("title", title)
                .setParameter("stage", stage)
                .setParameter("status", status)
                .setParameter("members", members)
                .setParameter("version", version)
                .executeUpdate())
                .map(rows -> rows > 0);
    }
}
