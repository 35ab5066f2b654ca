package org.tocsin.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Open to anyone signed in, whatever their roles: pages and data that hold nothing a situation's
 * labels restrict (the taxonomy, one's own account and tokens) or that filter by the viewer themselves
 * (the situations overview lists only situations where the viewer holds a role).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SignedIn {}
