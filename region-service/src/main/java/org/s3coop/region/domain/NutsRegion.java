package org.s3coop.region.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One code of the NUTS 2024 classification (table {@code nuts_region}, filled by a generated migration from the
 * vendored {@code nuts-2024/nuts-2024.csv}): reference data, never written by the service. The label point is where a
 * map writes the region's name; it is absent for the outermost regions the vendored point files do not cover.
 */
@Entity
@Immutable
@Table(name = "nuts_region")
public class NutsRegion {
    /** The only NUTS version regions are registered under. */
    public static final String VERSION = "2024";

    @Id
    public String code;
    public int level;
    public String country;
    /** The code one level up; null at level 0. */
    public String parent;
    /** The Latin-script name Eurostat publishes. */
    public String name;
    /** {@link SearchText#fold} of the name, for accent-insensitive search. */
    @Column(name = "search_name")
    public String searchName;
    @Column(name = "area_km2")
    public Double areaKm2;
    /** Label point in ETRS89-LAEA Europe (EPSG:3035), metres. */
    @Column(name = "x_3035")
    public Integer x3035;
    @Column(name = "y_3035")
    public Integer y3035;
    /** The same label point in WGS 84, degrees. */
    public Double lon;
    public Double lat;
}
