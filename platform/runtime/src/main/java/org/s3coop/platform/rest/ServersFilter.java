package org.s3coop.platform.rest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The document's {@code servers}: the URLs of {@code s3coop.openapi.servers} (comma-separated, set by the operator at
 * run time, e.g. {@code https://partnerships.example.org}), or by default {@code /}: relative to where the document
 * was fetched from, i.e. the service itself, whatever host name it was reached by.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP})
public class ServersFilter implements OASFilter {
    static final String PROPERTY = "s3coop.openapi.servers";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        apply(openAPI, ConfigProvider.getConfig().getOptionalValues(PROPERTY, String.class).orElse(List.of()));
    }

    static void apply(OpenAPI openAPI, List<String> urls) {
        List<org.eclipse.microprofile.openapi.models.servers.Server> servers = new ArrayList<>();
        for (String url : urls) {
            if (!url.isBlank()) {
                servers.add(OASFactory.createServer().url(url.strip()).description("This service (" + PROPERTY + ")"));
            }
        }
        if (servers.isEmpty()) {
            servers.add(OASFactory.createServer().url("/")
                    .description("This service: the base URL this document was fetched from"));
        }
        openAPI.setServers(servers);
    }
}
