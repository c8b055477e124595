package eu.nis2assessor.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Nis2AssessorApplication {

    public static void main(String[] args) {
        SpringApplication.run(Nis2AssessorApplication.class, args);
    }
}
