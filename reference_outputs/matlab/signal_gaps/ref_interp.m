function [y, b] = ref_interp(x, r, l, alpha)
% MATLAB's interp (documented algorithm, evaluated in GNU Octave, which has no
% equivalent: its own interp designs a different filter). Written for compat's golden
% suite signal_gaps from MATLAB's documentation of interp and intfilt: for each offset
% k/r the 2*l nearest samples' weights minimise the mean-square interpolation error of
% a signal with a flat spectrum below alpha (autocorrelation sinc(alpha*m)); the ends
% are continued by 2*l samples of their 180-degree rotations as MATLAB's interp.m does.
  if nargin < 3, l = 4; end
  if nargin < 4, alpha = 0.5; end
  pos = (-l+1:l)';
  R = sinc(alpha * (pos - pos'));
  b = zeros(2*l*r+1, 1);
  c = l*r + 1;
  b(c) = 1;
  for k = 1:r-1
    a = R \ sinc(alpha * (pos - k/r));
    b(c + k - pos*r) = a;
  end
  b(c+1:end) = b(c-1:-1:1);
  xv = x(:);
  n = numel(xv);
  ext = [2*xv(1) - xv(2*l+1:-1:2); xv; 2*xv(n) - xv(n-1:-1:n-2*l)];
  u = zeros(numel(ext)*r, 1);
  u(1:r:end) = ext;
  full = conv(u, b);
  y = full(2*l*r + l*r + (1:n*r));
  if size(x, 1) == 1, y = y.'; end
end
