function [F, J] = jennrich_jac(x)
% MATLAB's example "Nonlinear Least Squares Without and Including Jacobian" (myfun2):
% F_k = 2 + 2k - exp(k*x1) - exp(k*x2), k = 1:10, and its Jacobian.
k = 1:10;
F = 2 + 2*k - exp(k*x(1)) - exp(k*x(2));
if nargout > 1
    J = zeros(10, 2);
    J(k, 1) = -k .* exp(k*x(1));
    J(k, 2) = -k .* exp(k*x(2));
end
end
