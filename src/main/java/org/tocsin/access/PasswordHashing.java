package org.tocsin.access;

/** Slow, salted password hashing (Argon2id in production); a port so the domain stays free of crypto libraries. */
public interface PasswordHashing {

    String hash(String password);

    boolean matches(String password, String hash);
}
