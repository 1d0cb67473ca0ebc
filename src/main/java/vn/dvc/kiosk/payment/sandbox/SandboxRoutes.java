package vn.dvc.kiosk.payment.sandbox;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The sandbox's pages exist only when it is on: their views carry no {@code @Route} and are registered here, at
 * start-up, by a bean that is not made when the sandbox is off. Without it those addresses are simply unknown (the
 * app's 404 page), not hidden pages that could be found.
 */
@Component
@ConditionalOnBooleanProperty(PaymentSandboxEnvironment.ENABLED)
class SandboxRoutes implements VaadinServiceInitListener {

    static final String BANK = "sandbox/ngan-hang";
    static final String GATEWAY = "sandbox/vnpay";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration
                .forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        routes.setRoute(BANK, SandboxBankView.class);
        routes.setRoute(GATEWAY, SandboxGatewayView.class);
    }
}
