package org.s3coop.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
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
    private final String replaced;

    private JwtKeys(Path publicKeyFile, PrivateKey privateKey, boolean generated, String replaced) {
        this.publicKeyFile = publicKeyFile;
        this.privateKey = privateKey;
        this.generated = generated;
        this.replaced = replaced;
    }

    /**
     * Loads the key pair from {@code dir}, generating it first if it is not there. A pair this launcher cannot use
     * (left by another version: another format, a half-written or mismatched pair) is kept as {@code *.stale} and
     * replaced by a new one; {@link #replaced()} then says why. Tokens are signed afresh on every start, so nothing
     * depends on the old keys.
     */
    static JwtKeys loadOrGenerate(Path dir) throws IOException, GeneralSecurityException {
        Path privateFile = dir.resolve("privateKey.pem");
        Path publicFile = dir.resolve("publicKey.pem");
        String replaced = null;
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            try {
                return new JwtKeys(publicFile.toAbsolutePath(), load(privateFile, publicFile), false, null);
            } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
                replaced = e.getMessage() != null ? e.getMessage() : e.toString();
                for (Path file : List.of(privateFile, publicFile)) {
                    Files.move(file, file.resolveSibling(file.getFileName() + ".stale"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } else if (Files.exists(privateFile) || Files.exists(publicFile)) {
            replaced = (Files.exists(privateFile) ? publicFile : privateFile).getFileName() + " was missing";
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded()); // PKCS#8
        restrictToOwner(privateFile);
        writePem(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded()); // X.509 SubjectPublicKeyInfo
        return new JwtKeys(publicFile.toAbsolutePath(), pair.getPrivate(), true, replaced);
    }

    /** The private key, once it is known to be an RSA PKCS#8 key whose public half is {@code publicFile}. */
    private static PrivateKey load(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey key;
        RSAPublicKey publicKey;
        try {
            key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile, "PRIVATE KEY")));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new GeneralSecurityException(privateFile.getFileName() + " is not an RSA private key in PKCS#8 PEM");
        }
        try {
            publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile, "PUBLIC KEY")));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new GeneralSecurityException(publicFile.getFileName() + " is not an RSA public key in X.509 PEM");
        }
        if (!key.getModulus().equals(publicKey.getModulus())
                || !key.getPublicExponent().equals(publicKey.getPublicExponent())) {
            throw new GeneralSecurityException(publicFile.getFileName() + " is not the public half of "
                    + privateFile.getFileName());
        }
        return key;
    }

    Path publicKeyFile() {
        return publicKeyFile;
    }

    boolean generated() {
        return generated;
    }

    /** Why the key pair found in the directory was set aside, when it was; null otherwise. */
    String replaced() {
        return replaced;
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

    private static byte[] readPem(Path file, String type) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.ISO_8859_1); // any bytes: a wrong file is reported below
        if (!pem.contains("-----BEGIN " + type + "-----") || !pem.contains("-----END " + type + "-----")) {
            throw new GeneralSecurityException(file.getFileName() + " is not a PEM \"" + type + "\"");
        }
        String body = pem.replace("-----BEGIN " + type + "-----", "")
                .replace("-----END " + type + "-----", "")
                .replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException(file.getFileName() + " is not valid PEM (Base64)");
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the default permissions
        }
    }
}
