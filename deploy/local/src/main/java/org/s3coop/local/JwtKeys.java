package org.s3coop.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Step 4: the local issuer. An RSA key pair kept under {@code .s3coop-local/keys} (generated on the first run) and
 * RS256 tokens signed with it. The services verify them with {@code S3COOP_JWT_PUBLIC_KEY} and the issuer and
 * audience that platform/runtime configures by default.
 */
final class JwtKeys {
    static final String ISSUER = "https://s3coop.local/issuer";
    static final String AUDIENCE = "s3coop";
    static final Duration VALIDITY = Duration.ofHours(12);

    private final Path publicKeyFile;
    private final PrivateKey privateKey;
    private final boolean generated;

    private JwtKeys(Path publicKeyFile, PrivateKey privateKey, boolean generated) {
        this.publicKeyFile = publicKeyFile;
        this.privateKey = privateKey;
        this.generated = generated;
    }

    /** Loads the key pair from {@code dir}, generating it first if it is not there. */
    static JwtKeys loadOrGenerate(Path dir) throws IOException, GeneralSecurityException {
        Path privateFile = dir.resolve("privateKey.pem");
        Path publicFile = dir.resolve("publicKey.pem");
        boolean generated = false;
        if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded()); // PKCS#8
            restrictToOwner(privateFile);
            writePem(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded()); // X.509 SubjectPublicKeyInfo
            generated = true;
        }
        byte[] der = readPem(privateFile, "PRIVATE KEY");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        return new JwtKeys(publicFile.toAbsolutePath(), key, generated);
    }

    Path publicKeyFile() {
        return publicKeyFile;
    }

    boolean generated() {
        return generated;
    }

    /** Admin: every region, every operation. */
    String admin() {
        return sign("demo-admin", Set.of("admin"), List.of());
    }

    /** Editor of the given regions only. */
    String editor(String... regions) {
        return sign("demo-editor-" + String.join("-", regions).toLowerCase(java.util.Locale.ROOT), Set.of("editor"),
                List.of(regions));
    }

    private String sign(String subject, Set<String> groups, List<String> regions) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .claim("regions", regions)
                .expiresIn(VALIDITY)
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(privateKey);
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n",
                StandardCharsets.US_ASCII);
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        String body = pem.replace("-----BEGIN " + type + "-----", "")
                .replace("-----END " + type + "-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the default permissions
        }
    }
}
