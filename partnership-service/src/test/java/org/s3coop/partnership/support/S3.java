package org.s3coop.partnership.support;

import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import org.s3coop.platform.testing.TestTokens;

/** Partnerships under the S3 Platform's rules (S3_THEMATIC_PARTNERSHIP), proposed by an admin: every member ACTIVE. */
public final class S3 {
    public static final String PROGRAMME = "S3_THEMATIC_PARTNERSHIP";

    private S3() {
    }

    /** Proposes on C22 with {@code leads} (the first coordinates) and {@code partners}; returns its id. */
    public static String propose(String[] leads, String... partners) {
        StringBuilder members = new StringBuilder();
        for (String l : leads) {
            members.append(members.isEmpty() ? "" : ",").append("{\"regionCode\":\"").append(l).append("\",\"role\":\"lead\"}");
        }
        for (String p : partners) {
            members.append(",{\"regionCode\":\"").append(p).append("\",\"role\":\"partner\"}");
        }
        return as(TestTokens.admin()).body("{\"title\":\"S3 partnership\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\","
                + "\"code\":\"C22\"},\"programme\":\"" + PROGRAMME + "\",\"leadRegion\":\"" + leads[0] + "\",\"members\":["
                + members + "]}").post(BASE).then().statusCode(201).extract().path("id");
    }
}
