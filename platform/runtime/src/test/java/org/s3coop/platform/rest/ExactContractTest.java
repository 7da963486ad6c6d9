package org.s3coop.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** The rules {@link ProblemResponsesFilter} applies to every operation of a document, on a small one. */
class ExactContractTest {
    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static OpenAPI document() {
        Schema thing = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("id", string().format("uuid"))
                .addProperty("note", string().examples(List.of("a note")))
                .addProperty("stage", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .anyOf(List.of(ref("Stage"), OASFactory.createSchema().addType(Schema.SchemaType.NULL))))
                .addProperty("version", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).examples(List.of("3")));
        Schema input = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).required(List.of("name"))
                .addProperty("name", string().examples(List.of("x")))
                .addProperty("optional", string())
                .addProperty("computed", string().readOnly(true));
        Operation create = OASFactory.createOperation().operationId("createThing")
                .requestBody(OASFactory.createRequestBody().content(json(ref("ThingInput"))))
                .responses(OASFactory.createAPIResponses().addAPIResponse("201",
                        OASFactory.createAPIResponse().description("Created").content(json(ref("Thing")))));
        Operation read = OASFactory.createOperation().operationId("getThing")
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH).schema(string()))
                .addParameter(OASFactory.createParameter().name("tags").in(Parameter.In.QUERY).example("A")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(string())))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("The thing").content(json(ref("Thing")))));
        return OASFactory.createOpenAPI().info(OASFactory.createInfo().title("t").version("1")
                        .license(OASFactory.createLicense().name("EUPL-1.2")))
                .components(OASFactory.createComponents().schemas(Map.of("Thing", thing, "ThingInput", input,
                        "Stage", string().enumeration(List.of("SCOPING", "MAPPING")))))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/things", OASFactory.createPathItem().POST(create))
                        .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(read)));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content json(Schema schema) {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType().schema(schema));
    }

    @Test
    void answersRequireEveryPropertyAndANullableReferenceKeepsOnlyItsAlternatives() {
        OpenAPI api = document();
        new ProblemResponsesFilter().filterOpenAPI(api);
        Schema thing = api.getComponents().getSchemas().get("Thing");
        assertThat(thing.getRequired()).containsExactly("id", "note", "stage", "version");
        assertThat(thing.getProperties().get("stage").getType()).isNull();
        assertThat(api.getComponents().getSchemas().get("ThingInput").getRequired()).containsExactly("name");
    }

    @Test
    void headersSecurityParametersAndExamplesAreDeclaredForEveryOperation() {
        OpenAPI api = document();
        new ProblemResponsesFilter().filterOpenAPI(api);
        Operation create = api.getPaths().getPathItem("/api/v1/things").getPOST();
        Operation read = api.getPaths().getPathItem("/api/v1/things/{id}").getGET();
        assertThat(create.getResponses().getAPIResponse("201").getHeaders())
                .containsKeys("Location", "ETag", "Idempotency-Replayed");
        assertThat(create.getResponses().getAPIResponse("201").getHeaders().get("ETag").getRef())
                .isEqualTo("#/components/headers/ETag");
        assertThat(api.getComponents().getHeaders().get("ETag").getRequired()).as("ETag is always sent").isTrue();
        assertThat(read.getResponses().getAPIResponse("200").getHeaders()).containsKey("ETag");
        assertThat(create.getResponses().getAPIResponse("409").getHeaders()).containsKey("Retry-After");
        assertThat(create.getResponses().getAPIResponses()).containsKeys("400", "401", "403", "413", "414", "415",
                "431", "500", "503");
        assertThat(read.getSecurity()).hasSize(2);
        assertThat(read.getSecurity().get(0).getSchemes()).isNullOrEmpty();
        assertThat(read.getSecurity().get(1).getSchemes()).containsKey("bearer");
        assertThat(read.getParameters()).allSatisfy(p -> assertThat(p.getDescription()).isNotBlank());
        assertThat(read.getParameters().get(0).getDescription()).isEqualTo("Id of the thing");
        assertThat(read.getParameters().get(1).getExample()).isEqualTo(List.of("A"));
        assertThat(create.getRequestBody().getContent().getMediaType("application/json").getExample())
                .isEqualTo(Map.of("name", "x", "optional", "text"));
        assertThat(read.getResponses().getAPIResponse("200").getContent().getMediaType("application/json").getExample())
                .isEqualTo(Map.of("id", "57442f5a-0c1e-4c7d-9a43-2b116f1c0d0e", "note", "a note", "stage", "SCOPING",
                        "version", 3L));
        assertThat(api.getInfo().getLicense().getIdentifier()).isEqualTo("EUPL-1.2");
    }

    @Test
    void theServersAreTheConfiguredOnesElseTheDocumentsOwnLocation() {
        OpenAPI api = document();
        ServersFilter.apply(api, List.of());
        assertThat(api.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo("/"));
        ServersFilter.apply(api, List.of("https://a.example.org", " https://b.example.org"));
        assertThat(api.getServers()).extracting(s -> s.getUrl())
                .containsExactly("https://a.example.org", "https://b.example.org");
    }
}
