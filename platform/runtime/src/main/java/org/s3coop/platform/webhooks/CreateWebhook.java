package org.s3coop.platform.webhooks;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.platform.contract.ContractPatterns;

/**
 * {@code POST /api/v1/webhooks}: where to deliver, which events (types, and optionally regions), and optionally the
 * signing secret and a rate.
 */
@Schema(name = "CreateWebhook", description = "A webhook subscription to create")
public record CreateWebhook(
        @NotBlank @Size(max = DeliveryTarget.MAX_LENGTH)
        @Schema(description = "The endpoint: an absolute https URL (http only where the operator allows it). Its host "
                + "must not resolve to a loopback, private, link-local or metadata address.",
                example = "https://portal.example.org/hooks/s3coop", maxLength = DeliveryTarget.MAX_LENGTH) String url,
        @NotNull @Size(min = 1, max = 20)
        @Schema(description = "CloudEvent types: exact, prefixes ending with `*`, or `*` for all",
                example = "[\"org.s3coop.partnership.*\", \"org.s3coop.region.retired.v1\"]")
        List<@NotBlank @Pattern(regexp = EventScope.TYPE_PATTERN, message = "must be a CloudEvent type, a prefix "
                + "ending with *, or *") String> types,
        @Size(max = 200)
        @Schema(description = "The signing secret, `whsec_` and the base64 of 24 to 64 random bytes; generated when "
                + "absent. Answered once, in this request's answer.", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,
        @Size(min = 1, max = 50)
        @Schema(description = "Only events that name one of these regions (NUTS codes). An editor may name its own "
                + "regions only (default: all of them); an admin any (default: none, i.e. every event of the types).",
                example = "[\"ES51\"]")
        List<@NotNull @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String> regions,
        @Min(1) @Max(1000)
        @Schema(description = "Most deliveries started per second (bursts of one second's worth); default and "
                + "maximum: the operator's s3coop.webhooks.max-per-second (10)", example = "5") Integer maxPerSecond) {
}
