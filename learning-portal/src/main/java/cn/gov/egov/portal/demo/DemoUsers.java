package cn.gov.egov.portal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.platform.PlatformProperties;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * In the dev profile, on first start (empty user table), creates one demo user per role and prints their
 * credentials once; they are also kept in {@code <data-dir>/demo-users.txt} (owner-readable only).
 */
@Component
@Profile("dev")
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final String DEMO_MAIL_DOMAIN = "demo.egov.local";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final DemoUserProperties properties;
    private final PlatformProperties platform;
    private final SecureRandom random = new SecureRandom();

    DemoUsers(UserRepository users, PasswordEncoder encoder, DemoUserProperties properties,
              PlatformProperties platform) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
        this.platform = platform;
    }

    record Demo(String username, String displayName, Role role, String regionCode) {
    }

    static List<Demo> demos(String province) {
        String prefecture = province.substring(0, 2) + "0100";
        return List.of(
                new Demo("learner", "张学员", Role.LEARNER, province.substring(0, 2) + "0102"),
                new Demo("course-admin", "李课程管理员", Role.COURSE_ADMIN, province),
                new Demo("region-admin", "王区域管理员", Role.REGION_ADMIN, prefecture),
                new Demo("sysadmin", "赵系统管理员", Role.SYSTEM_ADMIN, province));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (users.count() > 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Demo d : demos(properties.province())) {
            String password = properties.password().isBlank() ? randomPassword() : properties.password();
            users.insert(new PortalUser(UUID.randomUUID(), d.username(), d.displayName(), email(d.username()),
                    encoder.encode(password),
                    d.role(), d.regionCode(), true));
            lines.add(String.format("  %-14s %-12s %-10s %s", d.username(), password, d.role(), d.regionCode()));
        }
        Path file = platform.dataDir().resolve("demo-users.txt");
        writeOwnerOnly(file, lines);
        log.info("""

                ===== 演示账号 / Demo accounts (shown once; also in {}) =====
                  user name      password     role       region
                {}
                ==============================================================""",
                file.toAbsolutePath(), String.join("\n", lines));
    }

    /** Demo users' addresses: {@code <username>@demo.egov.local}. */
    static String email(String username) {
        return username + "@" + DEMO_MAIL_DOMAIN;
    }

    private String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void writeOwnerOnly(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "user name      password     role       region\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
    }
}
