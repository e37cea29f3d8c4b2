function [f, g, H] = brownfgh(x)
% Objective of MATLAB's documentation examples "Minimization with Gradient and Hessian"
% and "... Sparsity Pattern" (n = 1000): f(x) = sum_i (x_i^2)^(x_{i+1}^2+1) +
% (x_{i+1}^2)^(x_i^2+1), its gradient, and its tridiagonal Hessian as the documented
% helper computes it: the mixed derivative of the second term there lacks the factor
% (x_i^2+1) on its log(x_{i+1}^2) part, and MATLAB's printed run used that matrix.
% Written for compat's golden suite (not MathWorks' file).
x = x(:); n = numel(x);
u = x(1:n-1); v = x(2:n); a = u.^2; b = v.^2; la = log(a); lb = log(b);
f = sum(a.^(b+1) + b.^(a+1));
if nargout > 1
  g = zeros(n, 1);
  g(1:n-1) = 2*(b+1).*u.*a.^b + 2*u.*b.^(a+1).*lb;
  g(2:n) = g(2:n) + 2*v.*a.^(b+1).*la + 2*(a+1).*v.*b.^a;
end
if nargout > 2
  d = zeros(n, 1);
  d(1:n-1) = (b+1).*(4*b+2).*a.^b + b.^(a+1).*(4*a.*lb.^2 + 2*lb);
  d(2:n) = d(2:n) + a.^(b+1).*(4*b.*la.^2 + 2*la) + (a+1).*(4*a+2).*b.^a;
  e = 4*u.*v.*(a.^b.*((b+1).*la + 1) + b.^a.*(lb + 1));
  H = spdiags([[e; 0], d, [0; e]], [-1 0 1], n, n);
end
end
