package dev.crosswalk.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson 3.1 calls a creator constructor (every record's) through
 * {@code MethodHandle.invokeWithArguments}, which builds a new spreading handle on each call; on a
 * unified list that was a tenth of the gateway's CPU (see docs/benchmarks.md). This module gives each
 * such type a spreading handle built once. Same constructor, same arguments, same error handling:
 * only the way of calling it changes. Spring Boot registers it with the application's mapper.
 */
@Component
public class ConstructorCreators extends SimpleModule {

    public ConstructorCreators() {
        super("constructor-creators");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator modifyValueInstantiator(
                    DeserializationConfig config, BeanDescription.Supplier type, ValueInstantiator instantiator) {
                return Spreading.of(instantiator);
            }
        });
    }

    /** Jackson's own instantiator, but calling the creator constructor through a handle made once. */
    static final class Spreading extends StdValueInstantiator {

        private final MethodHandle creator;

        private Spreading(StdValueInstantiator jacksons, MethodHandle creator) {
            super(jacksons);
            this.creator = creator;
        }

        /** {@code instantiator} itself unless it is Jackson's standard one with a constructor taking arguments. */
        static ValueInstantiator of(ValueInstantiator instantiator) {
            if (instantiator.getClass() != StdValueInstantiator.class
                    || !(((StdValueInstantiator) instantiator).getWithArgsCreator()
                            instanceof AnnotatedConstructor annotated)) {
                return instantiator;
            }
            Constructor<?> constructor = annotated.getAnnotated();
            if (constructor.getParameterCount() == 0 || !constructor.trySetAccessible()) {
                return instantiator;
            }
            try {
                MethodHandle handle = MethodHandles.lookup()
                        .unreflectConstructor(constructor)
                        .asSpreader(Object[].class, constructor.getParameterCount())
                        .asType(MethodType.methodType(Object.class, Object[].class));
                return new Spreading((StdValueInstantiator) instantiator, handle);
            } catch (IllegalAccessException | RuntimeException notCallableThisWay) {
                return instantiator;
            }
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
            try {
                return (Object) creator.invokeExact(arguments);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                return context.handleInstantiationProblem(_valueClass, arguments, rewrapCtorProblem(context, e));
            }
        }
    }
}
