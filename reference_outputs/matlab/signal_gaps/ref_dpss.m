function [E, V] = ref_dpss(N, NW, k1, k2)
% MATLAB's dpss (documented definition, evaluated in GNU Octave, which has no dpss).
% Written for compat's golden suite signal_gaps: the eigenvectors of Slepian's
% tridiagonal matrix (Slepian 1978; Percival & Walden 1993, section 8.3) by eig of the
% full matrix, unit energy, MATLAB's polarity (symmetric sequences: positive mean;
% antisymmetric: positive second sample, and rising for N = 3), the concentrations
% from the autocorrelation (Percival & Walden exercise 8.1) clipped to [0, 1].
  if nargin < 3, k1 = 1; k2 = max(min(round(2*NW), N), 1); end
  W = NW / N;
  t = (0:N-1)';
  d = ((N - 1 - 2*t) / 2).^2 * cos(2*pi*W);
  e = t(2:end) .* (N - t(2:end)) / 2;
  B = diag(d) + diag(e, 1) + diag(e, -1);
  [Q, L] = eig(B);
  [~, idx] = sort(diag(L), 'descend');
  E = Q(:, idx(k1:k2));
  E = E ./ sqrt(sum(E.^2, 1));
  for j = 1:size(E, 2)
    o = k1 + j - 1;
    if mod(o, 2) == 1
      flip = sum(E(:, j)) < 0;
    elseif N == 3
      flip = E(1, j) > 0;
    else
      flip = E(2, j) < 0;
    end
    if flip, E(:, j) = -E(:, j); end
  end
  s = [2*W; 4*W*sinc(2*W*(1:N-1)')];
  V = zeros(size(E, 2), 1);
  for j = 1:size(E, 2)
    r = conv(E(:, j), flipud(E(:, j)));
    V(j) = s' * r(N:end);
  end
  V = min(max(V, 0), 1);
end
