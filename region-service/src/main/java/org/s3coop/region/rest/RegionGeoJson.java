package org.s3coop.region.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.s3coop.platform.paging.Page;
import org.s3coop.region.domain.NutsRegion;
import org.s3coop.region.rest.dto.RegionView;
import org.s3coop.region.service.RegionDetails;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A page of regions as a GeoJSON FeatureCollection (RFC 7946) for GIS tools: one Point feature per region at its NUTS
 * label point in WGS 84 (lon, lat), its id the code, its properties the region as JSON lists it; a region whose code
 * has no label point (the outermost regions, or a code outside the classification) has a null geometry. The page's
 * figures are foreign members ({@code page, size, totalItems, totalPages}).
 */
final class RegionGeoJson {
    static final String MEDIA_TYPE = "application/geo+json";

    private RegionGeoJson() {
    }

    static String write(Page<RegionDetails> page, ObjectMapper json) {
        List<Map<String, Object>> features = page.items().stream().map(d -> feature(d, json)).toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        collection.put("page", page.page());
        collection.put("size", page.size());
        collection.put("totalItems", page.totalItems());
        collection.put("totalPages", page.totalPages());
        try {
            return json.writeValueAsString(collection);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("regions cannot be written as GeoJSON", e);
        }
    }

    private static Map<String, Object> feature(RegionDetails d, ObjectMapper json) {
        NutsRegion n = d.classification();
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", d.region().code);
        feature.put("geometry", n == null || n.lon == null ? null
                : Map.of("type", "Point", "coordinates", List.of(n.lon, n.lat)));
        feature.put("properties", json.convertValue(RegionView.of(d), Map.class));
        return feature;
    }
}
