package org.tocsin.web.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.tocsin.access.PasswordHashing;

/**
 * Argon2id through Spring Security's encoder (Bouncy Castle underneath), at the parameters OWASP
 * recommends as a minimum (19 MiB memory, 2 iterations, 1 lane), stored in the PHC string format so
 * that stronger parameters can be adopted later without invalidating existing hashes.
 */
public final class Argon2Hashing implements PasswordHashing {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

    @Override
    public String hash(String password) { return encoder.encode(password); }

    @Override
    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }
}
