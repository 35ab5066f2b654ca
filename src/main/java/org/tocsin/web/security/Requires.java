package org.tocsin.web.security;

import org.tocsin.access.Permission;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a handler needs, and where the situation it concerns comes from. Every handler of
 * Tocsin carries this, {@link Public} or {@link SignedIn}; {@link AuthorizationInterceptor} refuses a
 * handler that carries none (fail closed), and the authorization matrix test fails on it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

    Permission value();

    From from() default From.PATH;

    /** The path variable or request parameter that holds the situation or the object's id. */
    String name() default "id";

    /** Where the situation a request concerns is found. */
    enum From {
        /** A path variable holding the situation id. */
        PATH,
        /** A request parameter holding the situation id; absent → the permission somewhere, and the store filters. */
        PARAM,
        /** A path variable holding an alert id. */
        ALERT,
        /** A path variable holding a request-for-action id. */
        REQUEST,
        /** A path variable holding a briefing id. */
        BRIEFING,
        /** A path variable holding a held delivery's id. */
        DELIVERY,
        /** A path variable holding a signal's uid. */
        SIGNAL,
        /**
         * The situation is in the body, or the object is not tied to one (a registered source): the
         * permission in at least one situation; the handler checks the particular situation itself
         * with {@link Guard} once it has parsed the body.
         */
        SOMEWHERE,
        /** Installation-wide: the permission through a grant for every situation. */
        EVERYWHERE
    }
}
