package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;

/** The dashboard's map layers: the vendored NUTS polygons, compressed for browsers that accept it. */
@QuarkusTest
class DashboardResourceTests {

    @Test
    void theMapLayersAreTheVendoredPolygons() {
        given().header("Accept-Encoding", "gzip").when().get("/dashboard/geo/nuts2.json").then().statusCode(200)
                .contentType(startsWith("application/geo+json")).header("Content-Encoding", "gzip")
                .header("Cache-Control", containsString("max-age=86400")).header("Vary", "Accept-Encoding")
                .body("type", equalTo("FeatureCollection")).body("features", hasSize(290))
                .body("features.properties.id", hasItem("ES51"));
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity").when().get("/dashboard/geo/nuts0.json").then().statusCode(200)
                .header("Content-Length", "59159");
        given().when().get("/dashboard/geo/nuts3.json").then().statusCode(404);
        given().header("Accept-Encoding", "gzip").when().get("/dashboard/lib/echarts.min.js").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }
}
