package org.s3coop.region.rest;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.s3coop.platform.paging.Page;
import org.s3coop.platform.rest.Csv;
import org.s3coop.platform.rest.Negotiation;

/**
 * How a list answers, by the request's {@code Accept} (in its order of preference): JSON by default, CSV for
 * spreadsheets, GeoJSON for GIS tools. A CSV or GeoJSON page says how many items match in all pages in
 * {@code X-Total-Count} (and the number of pages in {@code X-Total-Pages}), as the JSON page does in its body.
 */
enum Representation {
    JSON(MediaType.APPLICATION_JSON), CSV(RegionCsv.MEDIA_TYPE), GEO_JSON(RegionGeoJson.MEDIA_TYPE);

    final MediaType mediaType;

    Representation(String mediaType) {
        this.mediaType = MediaType.valueOf(mediaType);
    }

    /** The first of {@code offered} the request accepts (JAX-RS has answered 406 already if it accepts none). */
    static Representation of(HttpHeaders headers, List<Representation> offered) {
        MediaType chosen = Negotiation.choose(headers, offered.stream().map(r -> r.mediaType).toList());
        return offered.stream().filter(r -> r.mediaType.equals(chosen)).findFirst().orElseThrow();
    }

    /** A page written as text (CSV, GeoJSON), with its totals in headers. */
    Response page(Page<?> page, String body) {
        return Csv.page(page, body, mediaType);
    }
}
