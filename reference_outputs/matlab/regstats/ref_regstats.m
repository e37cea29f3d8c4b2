function s = ref_regstats(y, X, model, which)
% MATLAB's regstats (Statistics and Machine Learning Toolbox) step by step for GNU
% Octave 7.3, which has no regstats: regstats.m's formulas (MathWorks, facts of a public
% copy) from the economy QR factorisation of x2fx's design matrix, plus the current
% reference page's rsquare and adjrsquare. Written for compat's golden suite
% matlab/regstats; under MATLAB the cases call regstats itself.
if size(y, 1) == 1, y = y'; end
if size(X, 1) == 1, X = X'; end
bad = isnan(y) | any(isnan(X), 2);
y = y(~bad); X = X(~bad, :);
D = x2fx(X, model);
[Q, R] = qr(D, 0);
beta = R \ (Q' * y);
yhat = D * beta;
r = y - yhat;
n = length(y); p = min(size(R)); dfe = n - p;
mse = sum(r .* r) ./ dfe;
E = D / R;
h = sum((E .* E)')';
s2i = ((n - p) * mse - r .* r ./ (1 - h)) ./ (n - p - 1);
ei = r ./ sqrt(s2i .* (1 - h));
ri = R \ eye(p);
xtxi = ri * ri';
stde = r ./ (1 - h);
bi = beta(:, ones(n, 1)) - ri * (Q .* stde(:, ones(p, 1)))';
covb = xtxi * mse;
fill = @(v) subsasgn(NaN(size(bad)), substruct('()', {~bad}), v);
s = struct('source', 'regstats');
s.Q = Q; s.R = R; s.beta = beta; s.covb = covb;
s.yhat = fill(yhat); s.r = fill(r); s.mse = mse;
sst = norm(y - mean(y)) ^ 2;
s.rsquare = 1 - dfe * mse / sst;
s.adjrsquare = 1 - (1 - s.rsquare) * ((n - 1) / dfe);
s.leverage = fill(h); s.hatmat = Q * Q'; s.s2_i = fill(s2i); s.beta_i = bi;
s.standres = fill(r ./ sqrt(mse * (1 - h))); s.studres = fill(ei);
s.dfbetas = (beta(:, ones(n, 1)) - bi) ./ (sqrt(s2i(:, ones(p, 1))') .* repmat(sqrt(diag(xtxi)), 1, n));
s.dffit = fill(h .* r ./ (1 - h)); s.dffits = fill(sqrt(h ./ (1 - h)) .* ei);
s.covratio = fill(1 ./ ((((n - p - 1 + ei .* ei) ./ (n - p)) .^ p) .* (1 - h)));
s.cookd = fill(r .* r .* (h ./ (1 - h) .^ 2) ./ (p * mse));
t.beta = beta; t.se = sqrt(diag(covb)); t.t = beta ./ t.se;
t.pval = 2 * tcdf(-abs(t.t), dfe); t.dfe = dfe; s.tstat = t;
f.sse = dfe * mse; f.dfe = dfe; f.dfr = p - 1; f.ssr = norm(yhat - mean(yhat)) ^ 2;
f.f = (f.ssr / f.dfr) / (f.sse / f.dfe); f.pval = 1 - fcdf(f.f, f.dfr, f.dfe); s.fstat = f;
end
