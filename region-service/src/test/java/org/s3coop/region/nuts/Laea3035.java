package org.s3coop.region.nuts;

/**
 * ETRS89-LAEA Europe (EPSG:3035) to and from geographic coordinates on GRS 1980: the Lambert azimuthal equal-area
 * projection, oblique ellipsoidal form, as IOGP's EPSG Guidance Note 7-2 (section "Lambert Azimuthal Equal Area",
 * method code 9820) writes it. Natural origin 52°N 10°E, false easting 4,321,000 m, false northing 3,210,000 m.
 * <p>
 * Inverse: ρ = √((E−FE)/D)² + (D(N−FN))²), C = 2 asin(ρ / 2Rq),
 * β' = asin(cos C sin β0 + D (N−FN) sin C cos β0 / ρ),
 * λ = λ0 + atan2((E−FE) sin C, D ρ cos β0 cos C − D² (N−FN) sin β0 sin C),
 * φ = β' + (e²/3 + 31e⁴/180 + 517e⁶/5040) sin 2β' + (23e⁴/360 + 251e⁶/3780) sin 4β' + (761e⁶/45360) sin 6β',
 * with q(φ) = (1−e²)[sin φ/(1−e² sin² φ) − ln((1−e sin φ)/(1+e sin φ))/(2e)], qP = q(90°), β0 = asin(q(φ0)/qP),
 * Rq = a √(qP/2), D = a cos φ0 / (√(1−e² sin² φ0) Rq cos β0). The series for φ is good to well under a metre, far
 * below the label points' precision (whole metres). Used by the tool that generates the NUTS migration.
 */
final class Laea3035 {
    static final double A = 6_378_137.0;
    static final double F = 1 / 298.257222101;
    static final double E2 = 2 * F - F * F;
    static final double E = Math.sqrt(E2);
    static final double PHI0 = Math.toRadians(52);
    static final double LAMBDA0 = Math.toRadians(10);
    static final double FALSE_EASTING = 4_321_000;
    static final double FALSE_NORTHING = 3_210_000;

    private static final double QP = q(Math.PI / 2);
    private static final double BETA0 = Math.asin(q(PHI0) / QP);
    private static final double RQ = A * Math.sqrt(QP / 2);
    private static final double D = A * Math.cos(PHI0) / (Math.sqrt(1 - E2 * Math.pow(Math.sin(PHI0), 2)) * RQ * Math.cos(BETA0));

    /** Longitude and latitude, degrees. */
    record LonLat(double lon, double lat) {
    }

    /** Easting (x) and northing (y), metres. */
    record EastNorth(double x, double y) {
    }

    private Laea3035() {
    }

    static LonLat toWgs84(double easting, double northing) {
        double de = easting - FALSE_EASTING;
        double dn = northing - FALSE_NORTHING;
        double rho = Math.hypot(de / D, D * dn);
        if (rho == 0) {
            return new LonLat(Math.toDegrees(LAMBDA0), Math.toDegrees(PHI0));
        }
        double c = 2 * Math.asin(rho / (2 * RQ));
        double betaPrime = Math.asin(Math.cos(c) * Math.sin(BETA0) + D * dn * Math.sin(c) * Math.cos(BETA0) / rho);
        double lambda = LAMBDA0 + Math.atan2(de * Math.sin(c),
                D * rho * Math.cos(BETA0) * Math.cos(c) - D * D * dn * Math.sin(BETA0) * Math.sin(c));
        double e4 = E2 * E2;
        double e6 = e4 * E2;
        double phi = betaPrime
                + (E2 / 3 + 31 * e4 / 180 + 517 * e6 / 5040) * Math.sin(2 * betaPrime)
                + (23 * e4 / 360 + 251 * e6 / 3780) * Math.sin(4 * betaPrime)
                + (761 * e6 / 45360) * Math.sin(6 * betaPrime);
        return new LonLat(Math.toDegrees(lambda), Math.toDegrees(phi));
    }

    /** The forward projection, for checking the inverse. */
    static EastNorth fromWgs84(double lonDegrees, double latDegrees) {
        double phi = Math.toRadians(latDegrees);
        double dLambda = Math.toRadians(lonDegrees) - LAMBDA0;
        double beta = Math.asin(q(phi) / QP);
        double b = RQ * Math.sqrt(2 / (1 + Math.sin(BETA0) * Math.sin(beta) + Math.cos(BETA0) * Math.cos(beta) * Math.cos(dLambda)));
        double easting = FALSE_EASTING + b * D * Math.cos(beta) * Math.sin(dLambda);
        double northing = FALSE_NORTHING + (b / D) * (Math.cos(BETA0) * Math.sin(beta) - Math.sin(BETA0) * Math.cos(beta) * Math.cos(dLambda));
        return new EastNorth(easting, northing);
    }

    private static double q(double phi) {
        double s = Math.sin(phi);
        return (1 - E2) * (s / (1 - E2 * s * s) - Math.log((1 - E * s) / (1 + E * s)) / (2 * E));
    }
}
