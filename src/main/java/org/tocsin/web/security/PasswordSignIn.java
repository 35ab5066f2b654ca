package org.tocsin.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tocsin.access.AccountService;

import java.time.Clock;

/** Sign-in with a person id and password, through {@link AccountService} (lockout, timing) and the per-address throttle. */
final class PasswordSignIn implements AuthenticationProvider {

    private final AccountService accounts;
    private final SignInThrottle throttle;
    private final Clock clock;

    PasswordSignIn(AccountService accounts, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Too many failures from this address. */
    static final class Throttled extends AuthenticationException {
        Throttled() { super("too many failed sign-ins from this address"); }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = address();
        if (!throttle.allowed(address)) throw new Throttled();
        String person = authentication.getName();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? null : credentials.toString();
        return switch (accounts.signIn(person, password, clock.instant())) {
            case AccountService.SignIn.Accepted a -> {
                throttle.succeeded(address);
                yield UsernamePasswordAuthenticationToken.authenticated(a.person(), null, AuthorityUtils.NO_AUTHORITIES);
            }
            case AccountService.SignIn.Locked l -> {
                throttle.failed(address);
                throw new LockedException("locked");
            }
            case AccountService.SignIn.Refused r -> {
                throttle.failed(address);
                throw new BadCredentialsException("refused");
            }
        };
    }

    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s) {
            HttpServletRequest r = s.getRequest();
            return r.getRemoteAddr();
        }
        return "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
