package cn.gov.egov.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Secrets of the embedded platform, random on first start and kept in {@code <data>/secrets.properties}
 * (owner-readable only) so that restarts find the same object store keys. Never used in production.
 */
public record DevSecrets(String serviceSecret, String s3AccessKey, String s3SecretKey) {

    public static DevSecrets loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve("secrets.properties");
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        boolean changed = false;
        changed |= fill(p, "service-secret", 32);
        changed |= fill(p, "s3-access-key", 10);
        changed |= fill(p, "s3-secret-key", 20);
        if (changed) {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "embedded platform secrets, generated once; delete to regenerate");
            }
        }
        return new DevSecrets(p.getProperty("service-secret"), p.getProperty("s3-access-key"),
                p.getProperty("s3-secret-key"));
    }

    private static boolean fill(Properties p, String key, int bytes) {
        if (p.getProperty(key, "").isBlank()) {
            byte[] b = new byte[bytes];
            new SecureRandom().nextBytes(b);
            p.setProperty(key, HexFormat.of().formatHex(b));
            return true;
        }
        return false;
    }
}
