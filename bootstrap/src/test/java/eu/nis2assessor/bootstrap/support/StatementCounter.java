package eu.nis2assessor.bootstrap.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application executes, for the no-N+1 tests: datasource-proxy wraps the application's
 * {@link DataSource}; every execution counts once (a JDBC batch too, however many rows it carries). Use it with
 * {@code @Import(StatementCounter.class)} on a {@code @SpringBootTest} and measure with {@link #count(Runnable)}.
 * Every test importing it shares one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final Logger LOG = LoggerFactory.getLogger(StatementCounter.class);

    private static final AtomicLong STATEMENTS = new AtomicLong();
    /** {@code -Dnis2.print-statements=true}: prints every statement counted (to see what a count is made of). */
    private static final boolean PRINT = Boolean.getBoolean("nis2.print-statements");

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new QueryExecutionListener() {
                        @Override
                        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                        }

                        @Override
                        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                            STATEMENTS.incrementAndGet();
                            if (PRINT) {
                                LOG.info("SQL " + STATEMENTS.get() + ": "
                                        + queryInfoList.stream().map(QueryInfo::getQuery).toList());
                            }
                        }
                    }).build();
                }
                return bean;
            }
        };
    }

    /** The statements executed while {@code work} ran (run one request at a time). */
    public static long count(Runnable work) {
        long before = STATEMENTS.get();
        work.run();
        return STATEMENTS.get() - before;
    }
}
