package org.s3coop.platform.idempotency;

import java.util.ArrayList;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents {@code Idempotency-Key} on a POST operation: the optional header, the {@code Idempotency-Replayed}
 * header of a replayed answer, and the 409 and 422 it can cause. Called by the platform's OpenAPI filter for every
 * POST (every POST of the services is {@link Idempotent}).
 */
public final class IdempotencyOpenApi {
    private static final String IN_PROGRESS = "a request with the same Idempotency-Key is still being processed "
            + "(retry after the Retry-After delay)";
    private static final String REUSED = "the Idempotency-Key was used before with another request body";

    private IdempotencyOpenApi() {
    }

    public static void document(Operation op) {
        boolean declared = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> KeyScope.HEADER.equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER);
        if (!declared) {
            if (op.getParameters() == null) {
                op.setParameters(new ArrayList<>());
            }
            op.addParameter(OASFactory.createParameter().name(KeyScope.HEADER).in(Parameter.In.HEADER).required(false)
                    .description("Makes the request safe to retry: a retry with the same key and the same body gets the "
                            + "first answer again (status, Location, ETag and body, with `Idempotency-Replayed: true`) "
                            + "and changes nothing; the same key with another body is a 422. Keys are scoped to the "
                            + "caller, method and path and kept 24 hours by default (`s3coop.idempotency.retention`). 1 to 255 "
                            + "printable ASCII characters; a new UUID per logical request is a good key.")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                            .minLength(1).maxLength(KeyScope.MAX_LENGTH))
                    .example("5b0f3c1e-9a57-4d5e-8f0e-2b6f1c3d4e5f"));
        }
        APIResponses responses = op.getResponses();
        if (responses == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && (response.getHeaders() == null
                    || !response.getHeaders().containsKey(StoredResponse.REPLAYED))) {
                response.addHeader(StoredResponse.REPLAYED, OASFactory.createHeader()
                        .description("`true` when this is the recorded answer to an earlier request with the same "
                                + "Idempotency-Key")
                        .schema(OASFactory.createSchema().addType(
                                org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.BOOLEAN)));
            }
        });
        mention(responses, "409", "Conflict", IN_PROGRESS);
        mention(responses, "422", "Unprocessable request", REUSED);
    }

    private static void mention(APIResponses responses, String status, String title, String what) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse()
                    .description(Character.toUpperCase(what.charAt(0)) + what.substring(1)));
        } else if (existing.getDescription() == null || !existing.getDescription().contains("Idempotency-Key")) {
            existing.setDescription((existing.getDescription() == null ? title : existing.getDescription()) + "; or "
                    + what);
        }
    }
}
