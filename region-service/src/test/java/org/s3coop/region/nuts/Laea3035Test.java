package org.s3coop.region.nuts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The inverse projection of EPSG:3035 that turns the label points into WGS 84. */
class Laea3035Test {

    @Test
    void theNaturalOriginIs52North10East() {
        Laea3035.LonLat origin = Laea3035.toWgs84(4_321_000, 3_210_000);
        assertThat(origin.lon()).isEqualTo(10.0);
        assertThat(origin.lat()).isEqualTo(52.0);
    }

    /** IOGP EPSG Guidance Note 7-2, the worked example of ETRS89 / LAEA Europe: 50°N 5°E is E 3962799.45, N 2999718.85. */
    @Test
    void epsgWorkedExample() {
        Laea3035.LonLat p = Laea3035.toWgs84(3_962_799.45, 2_999_718.85);
        assertThat(p.lon()).isCloseTo(5.0, within(1e-7));
        assertThat(p.lat()).isCloseTo(50.0, within(1e-7));
        Laea3035.EastNorth en = Laea3035.fromWgs84(5, 50);
        assertThat(en.x()).isCloseTo(3_962_799.45, within(0.01));
        assertThat(en.y()).isCloseTo(2_999_718.85, within(0.01));
    }

    @Test
    void inverseAndForwardAgreeAllOverTheMap() {
        for (double lon = -30; lon <= 45; lon += 7.5) {
            for (double lat = 27; lat <= 72; lat += 4.5) {
                Laea3035.EastNorth en = Laea3035.fromWgs84(lon, lat);
                Laea3035.LonLat back = Laea3035.toWgs84(en.x(), en.y());
                assertThat(back.lon()).as("lon at %s,%s", lon, lat).isCloseTo(lon, within(1e-7));
                assertThat(back.lat()).as("lat at %s,%s", lon, lat).isCloseTo(lat, within(1e-7));
            }
        }
    }

    /**
     * Every level-2 label point, projected, lies inside its own polygon of the vendored map (1:60M), except Melilla's
     * ({@code ES64}), whose point is ~48 km off the tiny generalised polygon.
     */
    @Test
    void labelPointsFallInsideTheirRegionsOnTheMap() throws IOException {
        Map<String, JsonNode> polygons = new HashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("nuts-2024/geo/nutsrg_2.json")) {
            for (JsonNode f : new ObjectMapper().readTree(in).path("features")) {
                polygons.put(f.path("properties").path("id").asText(), f.path("geometry"));
            }
        }
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (NutsCsv.Row r : NutsCsv.rows()) {
            if (r.levelNumber() != 2 || r.x_3035().isEmpty() || !polygons.containsKey(r.code())) {
                continue;
            }
            Laea3035.LonLat p = Laea3035.toWgs84(Double.parseDouble(r.x_3035()), Double.parseDouble(r.y_3035()));
            checked++;
            if (!inside(polygons.get(r.code()), p.lon(), p.lat())) {
                outside.add(r.code());
            }
        }
        assertThat(checked).isEqualTo(287);
        assertThat(outside).containsExactly("ES64");
    }

    /** Even-odd rule over every ring of a Polygon or MultiPolygon (holes included). */
    static boolean inside(JsonNode geometry, double x, double y) {
        List<JsonNode> rings = new ArrayList<>();
        if ("Polygon".equals(geometry.path("type").asText())) {
            geometry.path("coordinates").forEach(rings::add);
        } else {
            geometry.path("coordinates").forEach(polygon -> polygon.forEach(rings::add));
        }
        boolean in = false;
        for (JsonNode ring : rings) {
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                double xi = ring.get(i).get(0).asDouble();
                double yi = ring.get(i).get(1).asDouble();
                double xj = ring.get(j).get(0).asDouble();
                double yj = ring.get(j).get(1).asDouble();
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    in = !in;
                }
            }
        }
        return in;
    }
}
