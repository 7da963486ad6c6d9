package org.s3coop.region.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the browser dashboard (static files under {@code META-INF/resources/dashboard/}) needs besides its own files:
 * where the other two services answer, and the charting library, both under {@code /dashboard} so that an ingress
 * routing only {@code /dashboard} to this service serves the whole page. Not part of the public API (hidden from
 * OpenAPI).
 */
@Path("/dashboard")
public class DashboardResource {
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    /** Base URL of partnership-service as the browser sees it; "/" (or a value ending in "/") for the same origin. */
    @ConfigProperty(name = "s3coop.dashboard.partnership-url", defaultValue = "http://localhost:8082")
    String partnershipUrl;

    /** Base URL of challenge-service as the browser sees it; "/" for the same origin. */
    @ConfigProperty(name = "s3coop.dashboard.challenge-url", defaultValue = "http://localhost:8083")
    String challengeUrl;

    private static volatile byte[] echarts;

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
    public Response echarts() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        return Response.ok(echartsBytes()).cacheControl(cache).build();
    }

    /** A base URL without its trailing slashes: "/" becomes "" (the page's own origin). */
    static String base(String url) {
        String u = url == null ? "" : url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static byte[] echartsBytes() {
        byte[] bytes = echarts;
        if (bytes == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ECHARTS)) {
                if (in == null) {
                    throw new NotFoundException();
                }
                bytes = in.readAllBytes();
                echarts = bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }
}
