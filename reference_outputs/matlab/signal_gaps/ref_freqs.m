function [h, w] = ref_freqs(b, a, n)
% MATLAB's freqs with its automatic frequency grid (documented: n frequencies chosen
% from the poles and zeros), evaluated in GNU Octave, whose freqs needs w. Written for
% compat's golden suite signal_gaps from the rules of MATLAB's freqs.m/freqint: decades
% from the poles and zeros (zeros beyond 1e5 ignored, pure integrators shifted by 1),
% n + (poles - zeros) log points (+10 when a zero is more damped than oscillatory),
% refined around lightly damped poles and zeros, resampled to n points in log10(w).
  if nargin < 3, n = 200; end
  ep = roots(a); tz = roots(b);
  if isempty(ep), ep = -1000; end
  ez = [ep(imag(ep) >= 0); tz(abs(tz) < 1e5 & imag(tz) >= 0)];
  integ = abs(ez) < 1e-10;
  hi = round(log10(max(3*abs(real(ez) + integ) + 1.5*imag(ez))) + 0.5);
  lo = round(log10(0.1*min(abs(real(ez) + integ) + 2*imag(ez))) - 0.5);
  dz = numel(ep) - numel(tz);
  base = logspace(lo, hi, n + dz + 10*(sum(abs(imag(tz)) < abs(real(tz))) > 0));
  ez = ez(imag(ez) > abs(real(ez)));
  if ~isempty(ez)
    f = base;
    n2 = 2 + 8/ceil(abs((dz + eps)/10));
    [~, ind] = sort(-abs(real(ez)));
    z = [];
    for i = ind'
      r1 = max([0.8*imag(ez(i)) - 3*abs(real(ez(i))), 10^lo]);
      r2 = 1.2*imag(ez(i)) + 4*abs(real(ez(i)));
      z = z(z > r2 | z < r1);
      f = f(f > r2 | f < r1);
      z = [z, logspace(log10(r1), log10(r2), floor(sum(base <= r2 & base >= r1) + n2))];
    end
    base = sort([f, z]);
  end
  base = base(:);
  xi = linspace(1, numel(base), n).';
  w = 10.^interp1(1:numel(base), log10(base), xi, 'linear');
  h = polyval(b, 1i*w) ./ polyval(a, 1i*w);
end
