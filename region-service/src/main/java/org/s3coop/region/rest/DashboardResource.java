package org.s3coop.region.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the browser dashboard (static files under {@code META-INF/resources/dashboard/}) needs besides its own files:
 * where the other two services answer, the charting library and the map's NUTS polygons (vendored in
 * {@code nuts-2024/geo/}), all under {@code /dashboard} so that an ingress routing only {@code /dashboard} to this
 * service serves the whole page. The library and the polygons are sent gzip-compressed to browsers that accept it
 * (compressed once, then kept). Not part of the public API (hidden from OpenAPI).
 */
@Path("/dashboard")
public class DashboardResource {
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** The map's layers: NUTS 2 regions and NUTS 0 countries, GeoJSON in WGS 84 (1:60M). */
    static final Map<String, String> GEO = Map.of("nuts2", "nuts-2024/geo/nutsrg_2.json", "nuts0", "nuts-2024/geo/nutsrg_0.json");
    private static final int ONE_DAY = 86400;

    /** Base URL of partnership-service as the browser sees it; "/" (or a value ending in "/") for the same origin. */
    @ConfigProperty(name = "s3coop.dashboard.partnership-url", defaultValue = "http://localhost:8082")
    String partnershipUrl;

    /** Base URL of challenge-service as the browser sees it; "/" for the same origin. */
    @ConfigProperty(name = "s3coop.dashboard.challenge-url", defaultValue = "http://localhost:8083")
    String challengeUrl;

    /** A class-path file as sent: its bytes, and the same gzip-compressed. */
    private record Asset(byte[] plain, byte[] gzip) {
    }

    private static final Map<String, Asset> ASSETS = new ConcurrentHashMap<>();

    @GET
    @Path("/config.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response config() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("partnershipUrl", base(partnershipUrl));
        config.put("challengeUrl", base(challengeUrl));
        config.put("regionUrl", "");
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(config).cacheControl(noStore).build();
    }

    @GET
    @Path("/lib/echarts.min.js")
    @Produces("text/javascript")
    @Operation(hidden = true)
    public Response echarts(@HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return send(ECHARTS, "text/javascript", acceptEncoding);
    }

    @GET
    @Path("/geo/{layer}.json")
    @Produces("application/geo+json")
    @Operation(hidden = true)
    public Response geo(@PathParam("layer") String layer, @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        String resource = GEO.get(layer);
        if (resource == null) {
            throw new NotFoundException();
        }
        return send(resource, "application/geo+json", acceptEncoding);
    }

    /** A base URL without its trailing slashes: "/" becomes "" (the page's own origin). */
    static String base(String url) {
        String u = url == null ? "" : url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static Response send(String resource, String type, String acceptEncoding) {
        Asset asset = ASSETS.computeIfAbsent(resource, DashboardResource::load);
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(java.util.Locale.ROOT).contains("gzip");
        CacheControl cache = new CacheControl();
        cache.setMaxAge(ONE_DAY);
        Response.ResponseBuilder ok = Response.ok(gzip ? asset.gzip() : asset.plain(), type).cacheControl(cache)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return (gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip") : ok).build();
    }

    private static Asset load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException();
            }
            byte[] plain = in.readAllBytes();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(plain.length / 3);
            try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
                gzip.write(plain);
            }
            return new Asset(plain, compressed.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
