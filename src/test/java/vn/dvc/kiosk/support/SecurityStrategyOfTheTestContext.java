package vn.dvc.kiosk.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Spring Security's JVM-wide {@link SecurityContextHolder} at the strategy of the context the test runs in.
 * Vaadin installs each application context's own strategy when that context starts; with several cached test
 * contexts (a test with its own properties, an app started inside a test) the last one started wins, and a
 * {@code @WithUserDetails} test in an earlier context would sign its user into a strategy its views never read (and
 * land on the sign-in screen). Runs before Spring Security's {@code WithSecurityContextTestExecutionListener}
 * (order 10000). Registered in src/test/resources/META-INF/spring.factories.
 */
public class SecurityStrategyOfTheTestContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
