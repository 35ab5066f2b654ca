package org.tocsin.web.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.tocsin.access.Viewer;

/**
 * A request authenticated by a bearer credential (an API token, or the bootstrap admin token): the
 * viewer was resolved with the token's scopes, so it is carried rather than looked up again.
 */
final class TocsinAuthentication extends AbstractAuthenticationToken {

    private final Viewer viewer;
    private final String credentialKind;

    TocsinAuthentication(Viewer viewer, String credentialKind) {
        super(AuthorityUtils.NO_AUTHORITIES);
        this.viewer = viewer;
        this.credentialKind = credentialKind;
        setAuthenticated(true);
    }

    Viewer viewer() { return viewer; }

    /** {@code api-token} or {@code admin-token}. */
    String credentialKind() { return credentialKind; }

    @Override
    public Object getCredentials() { return ""; }

    @Override
    public Object getPrincipal() { return viewer.person(); }

    @Override
    public String getName() { return viewer.person(); }
}
