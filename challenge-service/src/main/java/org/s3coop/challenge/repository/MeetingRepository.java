package org.s3coop.challenge.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.s3coop.challenge.domain.Meeting;
import org.s3coop.challenge.domain.MeetingFilter;
import org.s3coop.challenge.domain.MeetingStatus;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public Uni<Page<Meeting>> list(MeetingFilter filter, PageRequest page) {
        MeetingStatus status = filter.status();
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        String hostRegion = filter.hostRegion();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (from != null) {
            where.add("date >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("date <= :to");
            params.and("to", to);
        }
        if (hostRegion != null) {
            where.add("hostRegion = :host");
            params.and("host", hostRegion);
        }
        Sort.Direction direction = filter.earliestFirst() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        var find = find(String.join(" and ", where), Sort.by("date", direction).and("id"), params)
                .page(page.page(), page.size());
        return find.list().chain(items -> find.count().map(total -> Page.of(items, page, total)));
    }

    public Uni<Meeting> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
