package org.s3coop.region.nuts;

import java.util.Locale;

import org.s3coop.region.domain.SearchText;

/**
 * The tool that writes region-service's migration {@code V3__nuts_2024_classification.sql} from the vendored
 * {@code nuts-2024/nuts-2024.csv}: table {@code nuts_region} and one row per code, with the name's search form
 * ({@link SearchText#fold}) and the label point in WGS 84 ({@link Laea3035#toWgs84}, 6 decimals ≈ 0.1 m) computed
 * here, once. {@link NutsMigrationTest} checks that the committed file is what this writes.
 */
final class NutsMigration {
    static final String FILE = "src/main/resources/db/migration/V3__nuts_2024_classification.sql";

    private NutsMigration() {
    }

    static String sql() {
        StringBuilder sql = new StringBuilder("""
                -- GENERATED from src/main/resources/nuts-2024/nuts-2024.csv by the test org.s3coop.region.nuts.NutsMigrationTest
                -- (-Dnuts.regenerate=true writes it anew): do not edit by hand.
                -- The NUTS 2024 classification (Eurostat; GISCO data converted by eurostat/Nuts2json; © EuroGeographics for
                -- the administrative boundaries): see nuts-2024/README.md. Reference data: the service never writes it.
                create table nuts_region (
                    code        text primary key,
                    level       smallint not null,
                    country     text     not null,
                    parent      text     references nuts_region (code),
                    name        text     not null,
                    search_name text     not null,
                    area_km2    double precision,
                    x_3035      integer,
                    y_3035      integer,
                    lon         double precision,
                    lat         double precision
                );
                insert into nuts_region (code, level, country, parent, name, search_name, area_km2, x_3035, y_3035, lon, lat) values
                """);
        var rows = NutsCsv.rows();
        for (int i = 0; i < rows.size(); i++) {
            NutsCsv.Row r = rows.get(i);
            String lon = "null";
            String lat = "null";
            if (!r.x_3035().isEmpty()) {
                Laea3035.LonLat p = Laea3035.toWgs84(Double.parseDouble(r.x_3035()), Double.parseDouble(r.y_3035()));
                lon = String.format(Locale.ROOT, "%.6f", p.lon());
                lat = String.format(Locale.ROOT, "%.6f", p.lat());
            }
            sql.append("(").append(text(r.code())).append(", ").append(r.level()).append(", ").append(text(r.country()))
                    .append(", ").append(r.parent().isEmpty() ? "null" : text(r.parent()))
                    .append(", ").append(text(r.name_latin())).append(", ").append(text(SearchText.fold(r.name_latin())))
                    .append(", ").append(orNull(r.area_km2())).append(", ").append(orNull(r.x_3035()))
                    .append(", ").append(orNull(r.y_3035())).append(", ").append(lon).append(", ").append(lat)
                    .append(i == rows.size() - 1 ? ");\n" : "),\n");
        }
        sql.append("""
                create index nuts_region_country_level on nuts_region (country, level, code);
                create index nuts_region_parent on nuts_region (parent, code);
                """);
        return sql.toString();
    }

    private static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String orNull(String value) {
        return value.isEmpty() ? "null" : value;
    }
}
