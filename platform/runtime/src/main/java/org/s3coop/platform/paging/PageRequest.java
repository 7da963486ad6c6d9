package org.s3coop.platform.paging;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?page=0&size=20}: the page wanted, size 1 to {@value #MAX_SIZE}. Use as a {@code @BeanParam}. The values
 * are read as text and checked here, so that {@code ?size=abc} is a 400 with the field named (JAX-RS would answer
 * 404 for a query parameter it cannot convert).
 */
public class PageRequest {
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "^\\d{1,6}$", message = "must be a whole number from 0 to 999999")
    @Parameter(description = "Zero-based page number", example = "0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "999999", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "^(100|[1-9][0-9]?)$", message = "must be a whole number from 1 to 100")
    @Parameter(description = "Page size, 1 to 100", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = Integer.toString(page);
        this.size = Integer.toString(size);
    }

    public int page() {
        return page == null ? 0 : Integer.parseInt(page);
    }

    public int size() {
        return size == null ? 20 : Integer.parseInt(size);
    }

    public int offset() {
        return page() * size();
    }
}
