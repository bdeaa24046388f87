#!/usr/bin/env Rscript
# Reference values for plancast's statistics and model families, computed once with R and stored in
# reference-values.json beside this script. tests/core/models/reference.test.ts and
# tests/core/statistics/reference-quantiles.test.ts compare plancast against them.
#
# Regenerate (R ≥ 4.2 with the forecast and jsonlite packages; Debian: r-cran-forecast r-cran-jsonlite):
#   Rscript tests/reference/compute-reference.R > tests/reference/reference-values.json
#
# Series:
# - airmiles 1949–1960: R's `datasets::airmiles` (revenue passenger miles flown by US commercial
#   airlines, millions; Brown 1963) — 12 annual points of growth.
# - intensity 2008–2019: a made-up R&D-intensity-like share (12 points) for the ceiling families, K = 6.
# - gapped: a made-up series with gaps in its years, for OLS with irregular x.
suppressPackageStartupMessages({ library(forecast); library(jsonlite) })

levels <- c(80, 95)
h <- 5

ols_reference <- function(years, values, transform, inverse, log_derivative, future) {
  y <- transform(values)
  fit <- lm(y ~ years)
  s <- summary(fit)
  k <- attr(logLik(fit), "df")
  n <- length(values)
  # level-scale log-likelihood: add the Jacobian of the transform, sum of ln |dy/dx|
  loglik <- as.numeric(logLik(fit)) + sum(log_derivative(values))
  pred <- lapply(levels, function(level) {
    p <- predict(fit, newdata = data.frame(years = future), interval = "prediction", level = level / 100, se.fit = TRUE)
    list(level = level, lower = inverse(unname(p$fit[, "lwr"])), upper = inverse(unname(p$fit[, "upr"])))
  })
  p0 <- predict(fit, newdata = data.frame(years = future), se.fit = TRUE)
  list(
    years = years, values = values, futureYears = future,
    intercept = unname(coef(fit)[1]), slope = unname(coef(fit)[2]),
    interceptStandardError = unname(s$coefficients[1, 2]), slopeStandardError = unname(s$coefficients[2, 2]),
    residualStandardError = s$sigma, degreesOfFreedom = fit$df.residual,
    point = inverse(unname(p0$fit)), meanStandardError = unname(p0$se.fit),
    logLikelihoodLevelScale = loglik, parameterCount = k,
    aicc = -2 * loglik + 2 * k + 2 * k * (k + 1) / (n - k - 1),
    intervals = pred
  )
}

air_years <- 1949:1960
air <- as.numeric(window(airmiles, start = 1949))
future <- max(air_years) + 1:h

zero <- function(x) 0 * x
linear <- ols_reference(air_years, air, identity, identity, zero, future)
exponential <- ols_reference(air_years, air, log, exp, function(x) -log(x), future)

# Random walk with drift on the log scale = compound growth over the full window with its own spread.
rw <- rwf(log(air), drift = TRUE, h = h, level = levels)
random_walk <- list(
  years = air_years, values = air, futureYears = future,
  drift = unname(rw$model$par$drift), driftStandardError = unname(rw$model$par$drift.se),
  sigma = sqrt(rw$model$sigma2),
  point = exp(as.numeric(rw$mean)),
  # R's bands use normal multipliers: the standard error is the half-width over qnorm
  standardError = (as.numeric(rw$upper[, 2]) - as.numeric(rw$mean)) / qnorm(0.975),
  intervals = lapply(seq_along(levels), function(i) list(level = levels[i], lower = exp(as.numeric(rw$lower[, i])), upper = exp(as.numeric(rw$upper[, i]))))
)

# Holt's damped trend, ETS(A,Ad,N), on log(airmiles) at fixed alpha, beta, phi (initial states optimised by ets).
fit <- ets(ts(log(air), start = 1949), model = "AAN", damped = TRUE, alpha = 0.8, beta = 0.2, phi = 0.9)
fc <- forecast(fit, h = h, level = levels)
se <- (as.numeric(fc$upper[, 2]) - as.numeric(fc$mean)) / qnorm(0.975)
damped <- list(
  years = air_years, logValues = log(air), futureYears = future,
  alpha = unname(fit$par["alpha"]), beta = unname(fit$par["beta"]), phi = unname(fit$par["phi"]),
  initialLevel = unname(fit$initstate["l"]), initialTrend = unname(fit$initstate["b"]),
  fitted = as.numeric(fitted(fit)), finalLevel = unname(fit$states[nrow(fit$states), "l"]),
  finalTrend = unname(fit$states[nrow(fit$states), "b"]),
  forecast = as.numeric(fc$mean), sigma2 = fit$sigma2,
  standardErrorRatio = se / se[1]
)

intensity_years <- 2008:2019
intensity <- c(1.10, 1.22, 1.31, 1.45, 1.58, 1.66, 1.80, 1.93, 2.01, 2.12, 2.28, 2.35)
ceiling <- 6
intensity_future <- max(intensity_years) + 1:h
logistic <- ols_reference(intensity_years, intensity, function(x) log(x / (ceiling - x)), function(y) ceiling / (1 + exp(-y)),
  function(x) log(ceiling / (x * (ceiling - x))), intensity_future)
gompertz <- ols_reference(intensity_years, intensity, function(x) -log(log(ceiling) - log(x)), function(y) ceiling * exp(-exp(-y)),
  function(x) -log(x * (log(ceiling) - log(x))), intensity_future)
logistic$ceiling <- ceiling
gompertz$ceiling <- ceiling

gapped_years <- c(2011, 2012, 2015, 2016, 2018, 2019, 2020, 2022)
gapped_values <- c(31.2, 33.0, 40.1, 41.7, 47.9, 49.2, 53.8, 58.1)
gapped <- ols_reference(gapped_years, gapped_values, identity, identity, zero, 2023:2025)

p <- c(0.975, 0.975, 0.975, 0.975, 0.9, 0.995, 0.9995, 0.6, 0.025, 0.1, 0.999)
df <- c(1, 2, 3, 10, 5, 4, 3, 7, 6, 2.5, 30)
quantiles <- list(
  normal = list(p = c(0.975, 0.9, 0.5 + 1e-9, 1e-10, 0.999999, 0.025, 1e-300), z = qnorm(c(0.975, 0.9, 0.5 + 1e-9, 1e-10, 0.999999, 0.025, 1e-300))),
  normalCumulative = list(x = c(-1.96, -5, -10, 0.3, 2.5, -37, 1.2), p = pnorm(c(-1.96, -5, -10, 0.3, 2.5, -37, 1.2))),
  studentT = list(p = p, df = df, t = qt(p, df)),
  studentTCumulative = list(t = c(2, -3, 0.5, -40, 1.5), df = c(3, 7, 30, 2, 4.5), p = pt(c(2, -3, 0.5, -40, 1.5), c(3, 7, 30, 2, 4.5))),
  logGamma = list(x = c(0.5, 1.5, 10, 100.3, 0.01, 1e4), value = lgamma(c(0.5, 1.5, 10, 100.3, 0.01, 1e4))),
  incompleteBeta = list(x = c(0.5, 0.1, 0.9, 0.999), a = c(2, 0.5, 5, 3), b = c(3, 0.5, 2, 40), value = pbeta(c(0.5, 0.1, 0.9, 0.999), c(2, 0.5, 5, 3), c(3, 0.5, 2, 40)))
)

out <- list(
  generatedBy = "tests/reference/compute-reference.R",
  r = R.version.string, forecastPackage = as.character(packageVersion("forecast")),
  linear = linear, exponential = exponential, randomWalk = random_walk, damped = damped,
  logistic = logistic, gompertz = gompertz, gapped = gapped, quantiles = quantiles
)
# jsonlite prints at most 15 significant digits; write every number with 17 (round-trip exact).
exact <- function(x) {
  if (is.list(x)) return(lapply(x, exact))
  if (is.numeric(x)) {
    text <- ifelse(is.finite(x), sprintf("%.17g", x), "null")
    return(structure(if (length(x) == 1) text else paste0("[", paste(text, collapse = ", "), "]"), class = "json"))
  }
  x
}
cat(toJSON(exact(out), auto_unbox = TRUE, pretty = TRUE, json_verbatim = TRUE))
cat("\n")
