package vn.dvc.kiosk.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param seed            the catalog file imported at start-up
 * @param importOnStartup whether to import it (a province server may import by hand instead)
 */
@ConfigurationProperties("kiosk.catalog")
public record CatalogProperties(Resource seed, boolean importOnStartup) {
}
