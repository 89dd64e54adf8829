package dev.crosswalk.unified;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Every vendor's components, looked up by the vendor's name (the one a tenant's stored credentials
 * carry) and by what they do: the source of a resource, or a resource's write interface. The
 * unified resources are those some vendor serves, so a new resource appears by giving it a source.
 */
@Component
public class VendorRegistry {

    private final Map<String, UnifiedResource<?, ?>> resources = new TreeMap<>();
    private final Map<String, Map<String, ResourceSource<?, ?>>> sources = new HashMap<>();
    private final Map<String, List<VendorComponent>> components = new HashMap<>();

    public VendorRegistry(List<VendorComponent> all) {
        for (VendorComponent component : all) {
            components
                    .computeIfAbsent(component.vendor(), vendor -> new java.util.ArrayList<>())
                    .add(component);
            if (component instanceof ResourceSource<?, ?> source) {
                register(source);
            }
        }
    }

    private void register(ResourceSource<?, ?> source) {
        UnifiedResource<?, ?> resource = source.resource();
        UnifiedResource<?, ?> known = resources.putIfAbsent(resource.name(), resource);
        if (known != null && known != resource) {
            throw new IllegalStateException("Two descriptions of the resource " + resource.name());
        }
        ResourceSource<?, ?> twice = sources.computeIfAbsent(source.vendor(), vendor -> new HashMap<>())
                .put(resource.name(), source);
        if (twice != null) {
            throw new IllegalStateException(source.vendor() + " has two sources of " + resource.name());
        }
    }

    /** Every unified resource, by name. */
    public Collection<UnifiedResource<?, ?>> resources() {
        return Collections.unmodifiableCollection(resources.values());
    }

    public Optional<UnifiedResource<?, ?>> resource(String name) {
        return Optional.ofNullable(resources.get(name));
    }

    /** The vendor's source of the resource; a vendor without one cannot serve it (404). */
    @SuppressWarnings("unchecked")
    public <R, F> ResourceSource<R, F> source(String vendor, UnifiedResource<R, F> resource) {
        ResourceSource<?, ?> source = sources.getOrDefault(vendor, Map.of()).get(resource.name());
        if (source == null) {
            throw unsupported(vendor, resource.name());
        }
        return (ResourceSource<R, F>) source;
    }

    /** The vendor's component of the given type (e.g. a resource's writes); a vendor without one cannot do it (404). */
    public <C extends VendorComponent> C component(String vendor, Class<C> type) {
        return components.getOrDefault(vendor, List.of()).stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> unsupported(vendor, "this operation"));
    }

    private static CrosswalkException unsupported(String vendor, String what) {
        return new CrosswalkException(
                ProblemCode.NOT_FOUND, "The tenant's ATS (" + vendor + ") does not offer " + what);
    }
}
